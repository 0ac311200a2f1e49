<?php
/**
 * Installs the test site (run by setup.sh with php-cli): WordPress's own
 * wp_install(), the Twenty Twenty-One theme, and a post without the check.
 * The plugin is activated, configured and put into a post by the Playwright test.
 *
 * Usage: php install.php URL
 *
 * @package backcheck
 */

$backcheck_url          = $argv[1];
$_SERVER['HTTP_HOST']   = (string) parse_url( $backcheck_url, PHP_URL_HOST ) . ':' . (string) parse_url( $backcheck_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require getenv( 'WP_CORE' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here: skip the "new site" e-mail.

wp_install( 'Riverbend Physical Therapy', 'admin', 'admin@example.com', false, '', 'backcheck-test-password' );
update_option( 'siteurl', $backcheck_url );
update_option( 'home', $backcheck_url );
switch_theme( 'twentytwentyone' );
// Editor: no welcome guide over the canvas.
update_user_meta( 1, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
$backcheck_post = wp_insert_post(
	array(
		'post_title'   => 'Stretching at your desk',
		'post_content' => '<!-- wp:paragraph --><p>A post without the self-check.</p><!-- /wp:paragraph -->',
		'post_status'  => 'publish',
	)
);
// A classic-editor post with the shortcode: its own clinic name and state, and a booking URL the plugin must refuse.
wp_insert_post(
	array(
		'post_title'   => 'Back pain at work',
		'post_name'    => 'shortcode-check',
		'post_content' => '<p>Try the check.</p>' . "\n\n" . '[backcheck clinic-name="Lakeside Physio" state="TX" booking-url="javascript:alert(1)" analytics="on"]',
		'post_status'  => 'publish',
	)
);
// E-mail-only on this page, whatever the site's setting.
wp_insert_post(
	array(
		'post_title'   => 'Back pain after gardening',
		'post_name'    => 'mailto-check',
		'post_content' => '[backcheck lead-mode="mailto"]',
		'post_status'  => 'publish',
	)
);
echo 'installed; post without the check: ' . (int) $backcheck_post . "\n";
