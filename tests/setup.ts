process.env.TZ = 'UTC';
import '../src/lib/i18n/all';
