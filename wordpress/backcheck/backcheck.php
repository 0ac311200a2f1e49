<?php
/**
 * Plugin Name:       Back Check – low back pain self-check
 * Description:       A low back pain self-check for physical-therapy clinics: a block and a [backcheck] shortcode. Answers are evaluated in the visitor's browser (WebAssembly); nothing is sent unless the visitor asks to be contacted.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            backcheck
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       backcheck
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

define( 'BACKCHECK_VERSION', '0.2.0' );
define( 'BACKCHECK_FILE', __FILE__ );
define( 'BACKCHECK_DIR', plugin_dir_path( __FILE__ ) );
define( 'BACKCHECK_URL', plugin_dir_url( __FILE__ ) );

require_once BACKCHECK_DIR . 'includes/options.php';
require_once BACKCHECK_DIR . 'includes/assets.php';
require_once BACKCHECK_DIR . 'includes/first-screen.php';
require_once BACKCHECK_DIR . 'includes/render.php';
require_once BACKCHECK_DIR . 'includes/embed.php';

if ( is_admin() ) {
	require_once BACKCHECK_DIR . 'includes/settings.php';
}

add_action( 'init', 'backcheck_register_block' );
add_action( 'init', 'backcheck_register_shortcode' );
add_action( 'admin_init', 'backcheck_privacy_policy_content' );

/** Suggested text for the site's privacy policy (Settings → Privacy → Policy Guide). */
function backcheck_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text = '<p>' . esc_html__( 'The back pain self-check on this site runs in your browser. Your answers are not sent to this website or to anyone else. Only if you fill in the contact form after your results and tick the consent box are your contact details, your result and your scores sent to the clinic, to the address the clinic configured. A contact request that could not be sent yet is kept in your browser (localStorage) for up to 30 days so that it can be retried. The self-check sets no cookies.', 'backcheck' ) . '</p>';
	wp_add_privacy_policy_content( __( 'Back Check', 'backcheck' ), wp_kses_post( $text ) );
}
