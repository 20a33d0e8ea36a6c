import os

SECRET_KEY = 'django-insecure-)!2y11((u^19loz9x=*dlp9v=1%9l_jd5#60q&yt@=q%=3i85a'
DEBUG = False
ALLOWED_HOSTS = ['agents.internal']
DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': os.environ['DB_PASSWORD']}}
