<?php
/**
 * The block (backcheck/self-check) and the shortcode ([backcheck]) render the
 * same <back-check> element: the site's settings, overridden by the block's or
 * the shortcode's own attributes where those are set and valid.
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes for one embed.
 *
 * @param array<string, mixed> $overrides Option key => raw value from a block or shortcode.
 * @return array<string, string|bool> attribute name => value (true = boolean attribute present).
 */
function backcheck_element_attributes( array $overrides ) {
	$settings = backcheck_settings();
	$values   = array();
	foreach ( backcheck_fields() as $key => $field ) {
		$value = $settings[ $key ];
		if ( array_key_exists( $key, $overrides ) ) {
			if ( 'bool' === $field['type'] ) {
				$parsed = backcheck_parse_bool( $overrides[ $key ] );
				$value  = null === $parsed ? $value : $parsed;
			} else {
				list( $clean, $error ) = backcheck_check( $key, $overrides[ $key ] );
				if ( '' === $error && '' !== $clean ) {
					$value = $clean;
				}
			}
		}
		$values[ $key ] = $value;
	}
	if ( '' === $values['clinic_name'] ) {
		$values['clinic_name'] = mb_substr( wp_strip_all_tags( get_bloginfo( 'name' ) ), 0, 80 );
	}
	// A valid inbox URL on the block or shortcode itself means "send leads there" (unless it also
	// says lead-mode="mailto"); otherwise the site's choice holds.
	$mode = $values['lead_mode'];
	if ( ! isset( $overrides['lead_mode'] ) && isset( $overrides['lead_endpoint'] ) && '' === backcheck_check( 'lead_endpoint', $overrides['lead_endpoint'] )[1] ) {
		$mode = 'endpoint';
	}
	if ( 'endpoint' !== $mode ) {
		$values['lead_endpoint'] = ''; // Mailto-only: the widget offers "Prepare an e-mail" to clinic-email.
	}

	$attributes = array();
	foreach ( backcheck_fields() as $key => $field ) {
		if ( '' === $field['attr'] ) {
			continue;
		}
		$value = $values[ $key ];
		if ( 'bool' === $field['type'] ) {
			if ( $value ) {
				$attributes[ $field['attr'] ] = true;
			}
		} elseif ( '' !== $value ) {
			$attributes[ $field['attr'] ] = (string) $value;
		}
	}
	if ( empty( $attributes['analytics'] ) ) {
		unset( $attributes['analytics-levels'] ); // The level is sent only with analytics on.
	}
	return $attributes;
}

/**
 * The element's HTML, escaped, and the widget's script enqueued.
 *
 * @param array<string, mixed> $overrides Option key => raw value.
 * @param string               $wrapper   Extra wrapper attributes (already escaped, from get_block_wrapper_attributes()).
 * @return string
 */
function backcheck_render( array $overrides, $wrapper = 'class="backcheck-embed"' ) {
	backcheck_enqueue_widget();
	$attributes = backcheck_element_attributes( $overrides );
	$html       = '<back-check';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	// The first screen inside, so the page paints it before the script arrives (includes/first-screen.php).
	$html .= '>' . backcheck_first_screen( $attributes ) . '</back-check>';

	$fallback = __( 'The back pain self-check needs JavaScript.', 'backcheck' );
	if ( isset( $attributes['clinic-phone'] ) ) {
		$fallback .= ' <a href="' . esc_url( 'tel:' . preg_replace( '/[^\d+]/', '', $attributes['clinic-phone'] ), array( 'tel' ) ) . '">'
			/* translators: %s: the clinic's phone number. */
			. esc_html( sprintf( __( 'Call us: %s', 'backcheck' ), $attributes['clinic-phone'] ) ) . '</a>';
	}
	return '<div ' . $wrapper . '>' . $html . '<noscript><p>' . wp_kses( $fallback, array( 'a' => array( 'href' => array() ) ) ) . '</p></noscript></div>';
}

/** Block attribute (camelCase) values → option keys. */
function backcheck_block_overrides( array $block_attributes ) {
	$overrides = array();
	foreach ( backcheck_fields() as $key => $field ) {
		if ( isset( $block_attributes[ $field['block'] ] ) && '' !== $block_attributes[ $field['block'] ] ) {
			$overrides[ $key ] = $block_attributes[ $field['block'] ];
		}
	}
	return $overrides;
}

/**
 * Render callback of backcheck/self-check.
 *
 * @param array<string, mixed> $block_attributes The block's attributes.
 * @return string
 */
function backcheck_render_block( $block_attributes ) {
	$wrapper = get_block_wrapper_attributes( array( 'class' => 'backcheck-embed' ) );
	return backcheck_render( backcheck_block_overrides( (array) $block_attributes ), $wrapper );
}

function backcheck_register_block() {
	register_block_type( BACKCHECK_DIR . 'blocks/self-check', array( 'render_callback' => 'backcheck_render_block' ) );
}

/**
 * [backcheck clinic-name="…" booking-url="…" state="TX" analytics="on"]: the element's
 * attribute names (underscores work too); anything left out uses the site's settings.
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return string
 */
function backcheck_shortcode( $atts ) {
	$overrides = array();
	foreach ( (array) $atts as $name => $value ) {
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		foreach ( backcheck_fields() as $key => $field ) {
			if ( $name === $field['attr'] || $name === str_replace( '_', '-', $key ) ) {
				$overrides[ $key ] = $value;
			}
		}
	}
	return backcheck_render( $overrides );
}

function backcheck_register_shortcode() {
	add_shortcode( 'backcheck', 'backcheck_shortcode' );
}
