<?php
/**
 * The iframe fallback, for page builders that strip scripts: the site's home
 * URL with ?backcheck-embed=1 is a bare page holding only the check (the site's
 * settings), with a strict CSP, framable by this site's own pages only.
 *
 *   <iframe src="https://your-site/?backcheck-embed=1" title="Back pain self-check"
 *     data-backcheck-embed width="100%" height="900" frameborder="0" loading="lazy"></iframe>
 *
 * The page reports its height (assets/embed-frame.js); a host page that may load
 * assets/embed-host.js resizes the frame to it, otherwise it keeps its height.
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Origin (scheme://host[:port]) of a URL, for CSP lines; '' if none.
 *
 * @param string $url An absolute URL.
 * @return string
 */
function backcheck_origin( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	return $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

function backcheck_embed_page() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public, read-only page.
	if ( ! isset( $_GET['backcheck-embed'] ) ) {
		return;
	}
	$attributes = backcheck_element_attributes( array() );
	$connect    = isset( $attributes['lead-endpoint'] ) ? ' ' . backcheck_origin( $attributes['lead-endpoint'] ) : '';
	$images     = isset( $attributes['logo'] ) ? ' ' . backcheck_origin( $attributes['logo'] ) : '';
	/** Filters who may frame the embed page (CSP frame-ancestors sources). Default: this site only. */
	$ancestors = apply_filters( 'backcheck_embed_frame_ancestors', "'self'" );
	header( 'Content-Type: text/html; charset=utf-8' );
	header( "Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'" . $connect . "; img-src 'self' data:" . $images . "; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors " . $ancestors );
	header( 'Referrer-Policy: no-referrer' );
	$lang = isset( $attributes['locale'] ) ? $attributes['locale'] : 'en';
	?>
<!doctype html>
<html lang="<?php echo esc_attr( $lang ); ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title><?php esc_html_e( 'Back pain self-check', 'backcheck' ); ?></title>
<link rel="stylesheet" href="<?php echo esc_url( BACKCHECK_URL . 'assets/backcheck.css?ver=' . BACKCHECK_VERSION ); ?>">
<script type="module" src="<?php echo esc_url( backcheck_widget_url() . '?ver=' . BACKCHECK_VERSION ); ?>"></script>
<script type="module" src="<?php echo esc_url( BACKCHECK_URL . 'assets/embed-frame.js?ver=' . BACKCHECK_VERSION ); ?>"></script>
</head>
<body>
	<?php echo backcheck_render( array() ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in backcheck_render(). ?>
</body>
</html>
	<?php
	exit;
}
add_action( 'template_redirect', 'backcheck_embed_page', 0 );
