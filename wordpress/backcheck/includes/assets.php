<?php
/**
 * The widget's files (widget/, copied from build/web by the build) are loaded
 * only where a block or shortcode renders: by the widget's inline loader, or
 * (a build without one) as an ES module, with the script modules API on
 * WordPress 6.5+, else as a classic handle whose tag gets type="module"
 * (WordPress 6.1–6.4).
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

const BACKCHECK_SCRIPT = 'backcheck-widget';
const BACKCHECK_ADMIN_SCRIPT = 'backcheck-settings';

/** @return string URL of the element's script (it finds the core, the .wasm and the catalogs next to itself). */
function backcheck_widget_url() {
	return BACKCHECK_URL . 'widget/back-check.js';
}

/**
 * The reserved-height style, and the element's script: through the widget's
 * inline loader in the footer when the build has one (widget/first-screen.json,
 * web/boot.ts), else as a script module. The loader requests back-check.js
 * after the page's load event, or at the visitor's first touch of the widget,
 * so the page's own first paint never shares the network with it (issue 18).
 */
function backcheck_enqueue_widget() {
	backcheck_enqueue_style();
	if ( is_admin() ) {
		return; // The settings page's preview imports the element from admin/settings.js.
	}
	if ( '' !== backcheck_boot_script() ) {
		add_action( 'wp_footer', 'backcheck_print_boot' ); // Once, however many widgets the page has.
		return;
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( BACKCHECK_SCRIPT, backcheck_widget_url(), array(), BACKCHECK_VERSION );
		return;
	}
	wp_enqueue_script( BACKCHECK_SCRIPT, backcheck_widget_url(), array(), BACKCHECK_VERSION, true );
}

/** @return string The widget's inline loader (widget/first-screen.json), '' without one. */
function backcheck_boot_script() {
	$templates = backcheck_first_screen_templates();
	return isset( $templates['boot']['script'] ) && is_string( $templates['boot']['script'] ) ? $templates['boot']['script'] : '';
}

/**
 * Prints the loader with the script's address as an attribute. Through
 * wp_get_inline_script_tag(), so a security plugin's nonce (the
 * wp_inline_script_attributes filter) reaches it.
 */
function backcheck_print_boot() {
	$src = add_query_arg( 'ver', BACKCHECK_VERSION, backcheck_widget_url() );
	echo wp_get_inline_script_tag( backcheck_boot_script(), array( 'data-backcheck-src' => $src ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the attributes are escaped by WordPress; the script is the plugin's own file.
}

/**
 * The host page reserves the widget's height before its script runs (no layout
 * shift, docs/widget.md): assets/backcheck.css's two rules, printed inline in
 * <head> (a <link> would be one more request before the page's first paint,
 * which Lighthouse charges to it: docs/performance.md, "The loader"). Once per
 * page, however many times a block or shortcode asks.
 */
function backcheck_enqueue_style() {
	if ( wp_style_is( 'backcheck', 'enqueued' ) ) {
		return;
	}
	wp_register_style( 'backcheck', false, array(), BACKCHECK_VERSION );
	wp_enqueue_style( 'backcheck' );
	$css = file_get_contents( BACKCHECK_DIR . 'assets/backcheck.css' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	if ( false !== $css ) {
		wp_add_inline_style( 'backcheck', trim( (string) preg_replace( '#/\*.*?\*/#s', '', $css ) ) );
	}
}

/**
 * Before WordPress 6.5 (and for the settings page everywhere: script modules
 * reach wp-admin only in later versions): print our handles as module scripts.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function backcheck_module_tag( $tag, $handle ) {
	if ( BACKCHECK_SCRIPT !== $handle && BACKCHECK_ADMIN_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	// Low priority: a module script is fetched at high priority, and Lighthouse then
	// counts it against the page's first paint (docs/embedding.md, "Where to paste it").
	$attributes = BACKCHECK_SCRIPT === $handle ? 'type="module" fetchpriority="low" ' : 'type="module" ';
	return str_replace( '<script ', '<script ' . $attributes, $tag );
}
add_filter( 'script_loader_tag', 'backcheck_module_tag', 10, 2 );

/**
 * Early enqueue (in <head>) for a singular post whose content holds the block
 * or the shortcode, so the reserved-height style is there before the first paint.
 * Other pages get nothing from this plugin; a block rendered elsewhere (a widget
 * area, a template) enqueues from its render callback.
 */
function backcheck_maybe_enqueue() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( $post && ( has_block( 'backcheck/self-check', $post ) || has_shortcode( $post->post_content, 'backcheck' ) ) ) {
		backcheck_enqueue_widget();
	}
}
add_action( 'wp_enqueue_scripts', 'backcheck_maybe_enqueue' );
