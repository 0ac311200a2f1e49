<?php
/**
 * The clinic's settings: one option (backcheck_settings), the fields it holds,
 * and the checks each value must pass. The same checks apply to the settings
 * page, the block's attributes and the shortcode's. They mirror the widget's
 * configurator (site/js/options.js, bundled as admin/options.js for the live
 * preview) and the element's own attribute checks (docs/widget.md).
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

const BACKCHECK_OPTION = 'backcheck_settings';

/**
 * Every setting: option key => element attribute, block attribute, type.
 * Types: text, phone, email, url, select, colour, bool, lead_mode.
 *
 * @return array<string, array<string, mixed>>
 */
function backcheck_fields() {
	return array(
		'clinic_name'        => array( 'attr' => 'clinic-name', 'block' => 'clinicName', 'type' => 'text', 'max' => 80 ),
		'clinic_phone'       => array( 'attr' => 'clinic-phone', 'block' => 'clinicPhone', 'type' => 'phone' ),
		'clinic_email'       => array( 'attr' => 'clinic-email', 'block' => 'clinicEmail', 'type' => 'email' ),
		'booking_url'        => array( 'attr' => 'booking-url', 'block' => 'bookingUrl', 'type' => 'url' ),
		'lead_mode'          => array( 'attr' => '', 'block' => 'leadMode', 'type' => 'lead_mode' ),
		'lead_endpoint'      => array( 'attr' => 'lead-endpoint', 'block' => 'leadEndpoint', 'type' => 'url' ),
		'locale'             => array( 'attr' => 'locale', 'block' => 'locale', 'type' => 'select', 'values' => array( 'en', 'es' ) ),
		'state'              => array( 'attr' => 'state', 'block' => 'state', 'type' => 'select', 'values' => array_keys( backcheck_us_states() ) ),
		'accent'             => array( 'attr' => 'accent', 'block' => 'accent', 'type' => 'colour' ),
		'logo'               => array( 'attr' => 'logo', 'block' => 'logo', 'type' => 'url' ),
		'direct_access_note' => array( 'attr' => 'direct-access-note', 'block' => 'directAccessNote', 'type' => 'text', 'max' => 300 ),
		'analytics'          => array( 'attr' => 'analytics', 'block' => 'analytics', 'type' => 'bool' ),
		'analytics_levels'   => array( 'attr' => 'analytics-levels', 'block' => 'analyticsLevels', 'type' => 'bool' ),
		'include_answers'    => array( 'attr' => 'include-answers', 'block' => 'includeAnswers', 'type' => 'bool' ),
	);
}

/** @return array<string, string> two-letter code => name (as site/js/options.js). */
function backcheck_us_states() {
	return array(
		'AL' => 'Alabama', 'AK' => 'Alaska', 'AZ' => 'Arizona', 'AR' => 'Arkansas', 'CA' => 'California',
		'CO' => 'Colorado', 'CT' => 'Connecticut', 'DE' => 'Delaware', 'DC' => 'District of Columbia',
		'FL' => 'Florida', 'GA' => 'Georgia', 'HI' => 'Hawaii', 'ID' => 'Idaho', 'IL' => 'Illinois',
		'IN' => 'Indiana', 'IA' => 'Iowa', 'KS' => 'Kansas', 'KY' => 'Kentucky', 'LA' => 'Louisiana',
		'ME' => 'Maine', 'MD' => 'Maryland', 'MA' => 'Massachusetts', 'MI' => 'Michigan', 'MN' => 'Minnesota',
		'MS' => 'Mississippi', 'MO' => 'Missouri', 'MT' => 'Montana', 'NE' => 'Nebraska', 'NV' => 'Nevada',
		'NH' => 'New Hampshire', 'NJ' => 'New Jersey', 'NM' => 'New Mexico', 'NY' => 'New York',
		'NC' => 'North Carolina', 'ND' => 'North Dakota', 'OH' => 'Ohio', 'OK' => 'Oklahoma', 'OR' => 'Oregon',
		'PA' => 'Pennsylvania', 'RI' => 'Rhode Island', 'SC' => 'South Carolina', 'SD' => 'South Dakota',
		'TN' => 'Tennessee', 'TX' => 'Texas', 'UT' => 'Utah', 'VT' => 'Vermont', 'VA' => 'Virginia',
		'WA' => 'Washington', 'WV' => 'West Virginia', 'WI' => 'Wisconsin', 'WY' => 'Wyoming',
	);
}

/** @return array<string, mixed> the defaults: nothing set, leads by e-mail only, analytics off. */
function backcheck_defaults() {
	$defaults = array();
	foreach ( backcheck_fields() as $key => $field ) {
		$defaults[ $key ] = 'bool' === $field['type'] ? false : '';
	}
	$defaults['lead_mode'] = 'mailto';
	return $defaults;
}

/** @return array<string, mixed> the saved settings over the defaults. */
function backcheck_settings() {
	$saved = get_option( BACKCHECK_OPTION, array() );
	return array_merge( backcheck_defaults(), is_array( $saved ) ? array_intersect_key( $saved, backcheck_defaults() ) : array() );
}

/**
 * https anywhere; http only for localhost / 127.0.0.1 / [::1] (testing), as the widget.
 *
 * @param string $value A trimmed URL.
 * @return string An error message, or '' when usable.
 */
function backcheck_check_url( $value ) {
	if ( preg_match( '/^\s*(javascript|data|vbscript)\s*:/i', $value ) ) {
		return __( '“javascript:”, “data:” and similar addresses are not allowed here. Enter a web address starting with https://, for example https://example.com/book.', 'backcheck' );
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return __( 'Enter a full web address starting with https://, for example https://example.com/book.', 'backcheck' );
	}
	$scheme = strtolower( $parts['scheme'] );
	$host   = strtolower( $parts['host'] );
	if ( 'https' === $scheme ) {
		return '';
	}
	if ( 'http' === $scheme && in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true ) ) {
		return '';
	}
	if ( 'http' === $scheme ) {
		return __( 'Use https:// (plain http:// is only allowed for localhost or 127.0.0.1 while testing).', 'backcheck' );
	}
	return __( 'Only https:// web addresses are allowed here.', 'backcheck' );
}

/**
 * WCAG contrast of a #rrggbb colour against white text (site/js/options.js contrastWithWhite).
 *
 * @param string $hex A colour from sanitize_hex_color().
 * @return float
 */
function backcheck_contrast_with_white( $hex ) {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$linear = array();
	foreach ( array( 0, 2, 4 ) as $i ) {
		$c        = hexdec( substr( $hex, $i, 2 ) ) / 255;
		$linear[] = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
	}
	$luminance = 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	return 1.05 / ( $luminance + 0.05 );
}

/**
 * Checks one value.
 *
 * @param string $key   Option key (backcheck_fields()).
 * @param mixed  $value Raw value from a form, a block or a shortcode.
 * @return array{0: mixed, 1: string} [clean value, error message ('' when fine)]. On error the clean value is ''.
 */
function backcheck_check( $key, $value ) {
	$field = backcheck_fields()[ $key ];
	if ( 'bool' === $field['type'] ) {
		return array( (bool) $value, '' );
	}
	if ( ! is_scalar( $value ) ) {
		return array( '', __( 'Use text here.', 'backcheck' ) );
	}
	$text = trim( (string) $value );
	if ( '' === $text ) {
		return array( '', '' );
	}
	$error = '';
	switch ( $field['type'] ) {
		case 'text':
			$text = 'clinic_name' === $key ? sanitize_text_field( $text ) : sanitize_textarea_field( $text );
			if ( mb_strlen( $text ) > $field['max'] ) {
				/* translators: 1: maximum length, 2: current length. */
				$error = sprintf( __( 'Use at most %1$d characters (now %2$d).', 'backcheck' ), $field['max'], mb_strlen( $text ) );
			}
			break;
		case 'phone':
			$digits = strlen( preg_replace( '/\D/', '', $text ) );
			if ( ! preg_match( '/^[+()\d\s.-]+$/', $text ) ) {
				$error = __( 'Use only digits, spaces and + ( ) - . in the phone number.', 'backcheck' );
			} elseif ( $digits < 7 || $digits > 15 ) {
				$error = __( 'A phone number has 7 to 15 digits, for example (608) 555-0142.', 'backcheck' );
			} elseif ( strlen( $text ) > 20 ) {
				$error = __( 'Write the phone number in at most 20 characters (fewer spaces).', 'backcheck' );
			}
			break;
		case 'email':
			if ( ! preg_match( '/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/', $text ) || ! is_email( $text ) ) {
				$error = __( 'Enter an e-mail address like care@example.com.', 'backcheck' );
			}
			break;
		case 'url':
			$error = backcheck_check_url( $text );
			if ( '' === $error ) {
				$text = esc_url_raw( $text, array( 'https', 'http' ) );
				if ( '' === $text || strlen( $text ) > 2048 ) {
					$error = __( 'Enter a web address of at most 2048 characters.', 'backcheck' );
				}
			}
			break;
		case 'select':
			if ( ! in_array( $text, $field['values'], true ) ) {
				/* translators: %s: the allowed values. */
				$error = sprintf( __( 'Use one of: %s.', 'backcheck' ), implode( ', ', $field['values'] ) );
			}
			break;
		case 'colour':
			$hex = sanitize_hex_color( $text );
			if ( ! $hex ) {
				$error = __( 'Enter a colour as a hex code, for example #0f6e6a.', 'backcheck' );
			} elseif ( backcheck_contrast_with_white( $hex ) < 4.5 ) {
				/* translators: %s: contrast ratio such as 2.10. */
				$error = sprintf( __( 'White text on this colour has a contrast of %s:1; it needs at least 4.5:1. Pick a darker colour.', 'backcheck' ), number_format( backcheck_contrast_with_white( $hex ), 2 ) );
			} else {
				$text = strtolower( $hex );
			}
			break;
		case 'lead_mode':
			if ( ! in_array( $text, array( 'mailto', 'endpoint' ), true ) ) {
				$error = __( 'Choose how contact requests reach you.', 'backcheck' );
			}
			break;
	}
	return '' === $error ? array( $text, '' ) : array( '', $error );
}

/**
 * Reads a yes/no override from a block or shortcode attribute.
 *
 * @param mixed $value '', 'on'/'off', 'yes'/'no', 'true'/'false', '1'/'0' or a boolean.
 * @return bool|null null when not set (the site default applies).
 */
function backcheck_parse_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$value = strtolower( trim( (string) $value ) );
	if ( in_array( $value, array( 'on', 'yes', 'true', '1' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( 'off', 'no', 'false', '0' ), true ) ) {
		return false;
	}
	return null;
}
