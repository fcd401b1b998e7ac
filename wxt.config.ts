import { defineConfig } from 'wxt';

// Permissions are kept to what a feature uses; README.md explains each one and
// test/e2e/manifest.spec.ts fails when the built manifest asks for more.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` or `defineBackground` come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Buyer Guard',
    description:
      'Tracks refund and dispute deadlines on your AliExpress orders and helps you gather evidence. Everything stays on your device.',
    // activeTab: the evidence workspace screenshots the AliExpress tab the buyer clicked the icon on.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    action: { default_title: 'Buyer Guard' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'buyer-guard@buyer-guard.invalid',
              // `data_collection_permissions` (we declare: none) is read from Firefox 140, 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
