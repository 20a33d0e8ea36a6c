export const config = {
  stripePublishableKey: 'pk_live_PsfSQn00wn6Mn7PkUqcXgXGjumnKhxlrk04LDXpiDq7xhl55IUpASVhBSVIjRhT3nGDU2AHketyuEMh1ium1bQqKUu3L0iM7YNx',
  sentryDsn: 'https://28001b7fe2df56e2def09432ab391cfc@o178621.ingest.sentry.io/6067242',
  buildId: '3db36e4ee4c96d5030a3adaf8a83d9a080d12ba2',
};
