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

/** @return array<string, array<string, string>> locale => template key => HTML, from widget/first-screen.json (empty if missing). */
function backcheck_first_screen_templates() {
	static $templates = null;
	if ( null === $templates ) {
		$file      = BACKCHECK_DIR . 'widget/first-screen.json';
		$json      = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$templates = is_array( $json ) && isset( $json['locales'] ) && is_array( $json['locales'] ) ? $json['locales'] : array();
	}
	return $templates;
}

/**
 * The declarative shadow root for an element with these (already checked)
 * attributes, or '' when none can be printed: without a fixed language the
 * visitor's browser picks it, which the page cannot know.
 *
 * @param array<string, string|bool> $attributes Attribute name => value, as backcheck_element_attributes() returns them.
 * @return string HTML, escaped.
 */
function backcheck_first_screen( array $attributes ) {
	$locale    = isset( $attributes['locale'] ) ? strtolower( substr( (string) $attributes['locale'], 0, 2 ) ) : '';
	$templates = backcheck_first_screen_templates();
	if ( '' === $locale || ! isset( $templates[ $locale ] ) || ! is_array( $templates[ $locale ] ) ) {
		return '';
	}
	$name = isset( $attributes['clinic-name'] ) ? trim( (string) $attributes['clinic-name'] ) : '';
	$logo = isset( $attributes['logo'] ) ? trim( (string) $attributes['logo'] ) : '';
	$key  = trim( ( '' !== $name ? 'name' : '' ) . ' ' . ( '' !== $logo ? 'logo' : '' ) );
	$key  = '' === $key ? 'plain' : $key;
	if ( ! isset( $templates[ $locale ][ $key ] ) || ! is_string( $templates[ $locale ][ $key ] ) ) {
		return '';
	}
	// One pass (strtr): a value that contains a placeholder is not filled in again.
	return strtr(
		$templates[ $locale ][ $key ],
		array(
			'{{base}}' => esc_attr( BACKCHECK_URL . 'widget/' ),
			'{{name}}' => esc_html( $name ),
			'{{logo}}' => esc_attr( $logo ),
		)
	);
}
