<?php
/**
 * The widget's first screen, printed inside <back-check> as a declarative
 * shadow root: the page paints it with its own first paint, before the
 * widget's script has arrived, and the element keeps those nodes (issue 18,
 * docs/embedding.md). The markup comes from widget/first-screen.json, which
 * the widget's build renders with the element's own code
 * (web/first-screen-build.mjs); this file only fills in the clinic's name, its
 * logo and the widget's address, as site/js/first-screen.js does for the
 * configurator's snippet.
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

/** @return array<string, mixed> widget/first-screen.json (empty if missing or unreadable). */
function backcheck_first_screen_templates() {
	static $templates = null;
	if ( null === $templates ) {
		$file      = BACKCHECK_DIR . 'widget/first-screen.json';
		$json      = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$templates = is_array( $json ) && isset( $json['stylesOnly'], $json['locales'] ) && is_string( $json['stylesOnly'] ) && is_array( $json['locales'] ) ? $json : array();
	}
	return $templates;
}

/**
 * The declarative shadow root for an element with these (already checked)
 * attributes: the first screen and its stylesheet; only the stylesheet
 * without a fixed language (the visitor's browser picks it, which the page
 * cannot know; the stylesheet still loads with the page); '' without the
 * templates.
 *
 * @param array<string, string|bool> $attributes Attribute name => value, as backcheck_element_attributes() returns them.
 * @return string HTML, escaped.
 */
function backcheck_first_screen( array $attributes ) {
	$templates = backcheck_first_screen_templates();
	if ( ! $templates ) {
		return '';
	}
	$locale = isset( $attributes['locale'] ) ? strtolower( substr( (string) $attributes['locale'], 0, 2 ) ) : '';
	$name   = isset( $attributes['clinic-name'] ) ? trim( (string) $attributes['clinic-name'] ) : '';
	$logo   = isset( $attributes['logo'] ) ? trim( (string) $attributes['logo'] ) : '';
	$key    = trim( ( '' !== $name ? 'name' : '' ) . ' ' . ( '' !== $logo ? 'logo' : '' ) );
	$key    = '' === $key ? 'plain' : $key;
	$html   = $templates['stylesOnly'];
	if ( '' !== $locale && isset( $templates['locales'][ $locale ][ $key ] ) && is_string( $templates['locales'][ $locale ][ $key ] ) ) {
		$html = $templates['locales'][ $locale ][ $key ];
	}
	// One pass (strtr): a value that contains a placeholder is not filled in again.
	return strtr(
		$html,
		array(
			'{{base}}' => esc_attr( BACKCHECK_URL . 'widget/' ),
			'{{name}}' => esc_html( $name ),
			'{{logo}}' => esc_attr( $logo ),
		)
	);
}
