import { Resend } from 'resend';
const GITHUB_APP_TOKEN = 'ghs_6UCgA1jImzfyPMYv1foyxZ1f5EOpzZMAYT9A';
const stripe = new Stripe('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');
const apiKey = process.env.API_KEY ?? '';
