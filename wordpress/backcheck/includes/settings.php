<?php
/**
 * Settings → Back Check: the clinic's defaults for every block and shortcode,
 * through the Settings API (options.php checks the nonce and manage_options),
 * with the real widget as a live preview beside the form.
 *
 * @package backcheck
 */

defined( 'ABSPATH' ) || exit;

/** Labels and help, in form order. */
function backcheck_setting_labels() {
	return array(
		'clinic_name'        => array( __( 'Clinic name', 'backcheck' ), __( 'Shown on the results screen and in the call to action. Empty = the site title.', 'backcheck' ) ),
		'clinic_phone'       => array( __( 'Phone', 'backcheck' ), __( 'Visitors can call you; also shown when a contact request cannot be sent. Example: (608) 555-0142.', 'backcheck' ) ),
		'clinic_email'       => array( __( 'E-mail', 'backcheck' ), __( 'Shown as another way to reach you; in e-mail-only mode visitors prepare an e-mail to this address.', 'backcheck' ) ),
		'booking_url'        => array( __( 'Booking page', 'backcheck' ), __( 'Your online booking page (https://). The widget adds utm tags, and for Calendly, Cal.com and Acuity the name and e-mail the visitor typed.', 'backcheck' ) ),
		'lead_mode'          => array( __( 'Contact requests', 'backcheck' ), '' ),
		'lead_endpoint'      => array( __( 'Inbox URL', 'backcheck' ), __( 'An https:// address that receives contact requests as JSON (the clinic inbox, or any receiver of docs/leads.md), only after the visitor consents.', 'backcheck' ) ),
		'locale'             => array( __( 'Language', 'backcheck' ), __( 'Automatic follows the visitor\'s browser (English or Spanish).', 'backcheck' ) ),
		'state'              => array( __( 'State', 'backcheck' ), __( 'Your US state, named in the sentence about seeing a physical therapist without a referral.', 'backcheck' ) ),
		'accent'             => array( __( 'Accent colour', 'backcheck' ), __( 'Buttons and highlights, as #rrggbb. White text on it needs a contrast of at least 4.5:1.', 'backcheck' ) ),
		'logo'               => array( __( 'Logo', 'backcheck' ), __( 'Optional. An https:// address of a square image (SVG or PNG), e.g. from your Media Library.', 'backcheck' ) ),
		'direct_access_note' => array( __( 'Direct-access sentence', 'backcheck' ), __( 'Optional. Replaces the sentence about seeing a physical therapist without a referral. Up to 300 characters.', 'backcheck' ) ),
		'analytics'          => array( __( 'Analytics events', 'backcheck' ), __( 'Sends step events without any health data to your page\'s own tag manager (dataLayer). Off by default.', 'backcheck' ) ),
		'analytics_levels'   => array( __( 'Triage level in analytics', 'backcheck' ), __( 'With analytics on, the result event also carries the triage level, which is health data. Off by default.', 'backcheck' ) ),
		'include_answers'    => array( __( 'Include answers in contact requests', 'backcheck' ), __( 'The contact request you receive also lists the visitor\'s answers (only after they consent).', 'backcheck' ) ),
	);
}

function backcheck_settings_menu() {
	add_options_page( __( 'Back Check', 'backcheck' ), __( 'Back Check', 'backcheck' ), 'manage_options', 'backcheck', 'backcheck_settings_page' );
}
add_action( 'admin_menu', 'backcheck_settings_menu' );

function backcheck_settings_init() {
	register_setting(
		'backcheck',
		BACKCHECK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'backcheck_sanitize_settings',
			'default'           => backcheck_defaults(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'backcheck_clinic', __( 'Your clinic', 'backcheck' ), '__return_false', 'backcheck' );
	add_settings_section( 'backcheck_leads', __( 'Contact requests and analytics', 'backcheck' ), '__return_false', 'backcheck' );
	foreach ( backcheck_setting_labels() as $key => $label ) {
		$section = in_array( $key, array( 'lead_mode', 'lead_endpoint', 'analytics', 'analytics_levels', 'include_answers' ), true ) ? 'backcheck_leads' : 'backcheck_clinic';
		$args    = array( 'key' => $key );
		if ( 'lead_mode' !== $key ) {
			$args['label_for'] = 'backcheck-' . $key;
		}
		add_settings_field( 'backcheck_' . $key, esc_html( $label[0] ), 'backcheck_render_field', 'backcheck', $section, $args );
	}
}
add_action( 'admin_init', 'backcheck_settings_init' );

/**
 * Sanitize callback: every value checked; a refused value keeps the saved one
 * and says why (a javascript: booking URL, a low-contrast colour…).
 *
 * @param mixed $input The submitted array.
 * @return array<string, mixed>
 */
function backcheck_sanitize_settings( $input ) {
	static $reported = array(); // WordPress calls this twice when the option is first added.
	$previous = backcheck_settings();
	$input    = is_array( $input ) ? $input : array(); // options.php has unslashed it already.
	$clean    = array();
	$labels   = backcheck_setting_labels();
	foreach ( backcheck_fields() as $key => $field ) {
		if ( 'bool' === $field['type'] ) {
			$clean[ $key ] = ! empty( $input[ $key ] );
			continue;
		}
		list( $value, $error ) = backcheck_check( $key, isset( $input[ $key ] ) ? $input[ $key ] : '' );
		if ( '' !== $error ) {
			$clean[ $key ] = $previous[ $key ];
			if ( empty( $reported[ $key ] ) ) {
				$reported[ $key ] = true;
				/* translators: 1: field label, 2: what is wrong. */
				add_settings_error( BACKCHECK_OPTION, 'backcheck_' . $key, sprintf( __( '%1$s was not saved: %2$s', 'backcheck' ), $labels[ $key ][0], $error ) );
			}
			continue;
		}
		$clean[ $key ] = $value;
	}
	if ( '' === $clean['lead_mode'] ) {
		$clean['lead_mode'] = 'mailto';
	}
	if ( 'endpoint' === $clean['lead_mode'] && '' === $clean['lead_endpoint'] && empty( $reported['lead_mode'] ) ) {
		$reported['lead_mode'] = true;
		add_settings_error( BACKCHECK_OPTION, 'backcheck_lead_mode', __( 'Contact requests: enter the inbox URL, or choose e-mail only. Until then visitors can only call or e-mail you.', 'backcheck' ), 'warning' );
	}
	return $clean;
}

/**
 * One field of the form. Every input carries data-attr (the element's attribute) for the preview.
 *
 * @param array{key: string} $args The field's key.
 */
function backcheck_render_field( $args ) {
	$key      = $args['key'];
	$field    = backcheck_fields()[ $key ];
	$value    = backcheck_settings()[ $key ];
	$name     = BACKCHECK_OPTION . '[' . $key . ']';
	$id       = 'backcheck-' . $key;
	$help     = backcheck_setting_labels()[ $key ][1];
	$describe = $help ? ' aria-describedby="' . esc_attr( $id . '-help ' . $id . '-error' ) . '"' : '';
	$data     = ' data-attr="' . esc_attr( $field['attr'] ) . '" data-type="' . esc_attr( $field['type'] ) . '"';

	switch ( $field['type'] ) {
		case 'bool':
			printf(
				'<input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s%4$s%5$s>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( $value, true, false ),
				$describe, // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
				$data // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
			);
			break;
		case 'lead_mode':
			echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Contact requests', 'backcheck' ) . '</legend>';
			$choices = array(
				'mailto'   => __( 'E-mail only: visitors prepare an e-mail to your address (nothing is sent by the widget)', 'backcheck' ),
				'endpoint' => __( 'Send to this inbox URL (below)', 'backcheck' ),
			);
			foreach ( $choices as $choice => $text ) {
				printf(
					'<label><input type="radio" name="%1$s" value="%2$s" data-type="lead_mode"%3$s> %4$s</label><br>',
					esc_attr( $name ),
					esc_attr( $choice ),
					checked( $value, $choice, false ),
					esc_html( $text )
				);
			}
			echo '</fieldset>';
			break;
		case 'select':
			$options = 'locale' === $key
				? array( '' => __( 'Automatic', 'backcheck' ), 'en' => 'English', 'es' => 'Español (Spanish)' )
				: array_merge( array( '' => __( 'Not set', 'backcheck' ) ), backcheck_us_states() );
			printf( '<select id="%1$s" name="%2$s"%3$s%4$s>', esc_attr( $id ), esc_attr( $name ), $describe, $data ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
			foreach ( $options as $option => $text ) {
				printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $text ) );
			}
			echo '</select>';
			break;
		default:
			$type  = array(
				'url'    => 'url',
				'email'  => 'email',
				'phone'  => 'tel',
				'colour' => 'text',
			);
			$input = isset( $type[ $field['type'] ] ) ? $type[ $field['type'] ] : 'text';
			if ( 'direct_access_note' === $key ) {
				printf( '<textarea id="%1$s" name="%2$s" rows="3" class="large-text"%3$s%4$s>%5$s</textarea>', esc_attr( $id ), esc_attr( $name ), $describe, $data, esc_textarea( $value ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
				break;
			}
			printf(
				'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="regular-text"%5$s%6$s%7$s>',
				esc_attr( $input ),
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value ),
				'colour' === $field['type'] ? ' placeholder="#0f6e6a" maxlength="7" spellcheck="false"' : '',
				$describe, // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
				$data // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
			);
	}
	if ( $help ) {
		printf( '<p class="description" id="%1$s-help">%2$s</p>', esc_attr( $id ), esc_html( $help ) );
		printf( '<p class="backcheck-error" id="%1$s-error" hidden></p>', esc_attr( $id ) );
	}
}

function backcheck_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You do not have permission to change these settings.', 'backcheck' ) );
	}
	?>
	<div class="wrap" id="backcheck-settings">
		<h1><?php esc_html_e( 'Back Check', 'backcheck' ); ?></h1>
		<p><?php esc_html_e( 'Your clinic\'s details for every back pain self-check on this site. Add the check to a post or page with the "Back pain self-check" block, or the [backcheck] shortcode; a block can override any of these for its page.', 'backcheck' ); ?></p>
		<div class="backcheck-layout">
			<form action="options.php" method="post" class="backcheck-form" novalidate>
				<?php
				settings_fields( 'backcheck' );
				do_settings_sections( 'backcheck' );
				submit_button();
				?>
			</form>
			<section class="backcheck-preview" aria-labelledby="backcheck-preview-h">
				<h2 id="backcheck-preview-h"><?php esc_html_e( 'Preview', 'backcheck' ); ?></h2>
				<p class="description"><?php esc_html_e( 'The real check, as your visitors see it, with the values in the form (saved or not).', 'backcheck' ); ?></p>
				<?php
				echo backcheck_render( array() ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in backcheck_render().
				?>
			</section>
		</div>
	</div>
	<?php
}

/**
 * The preview's scripts, only on this page.
 *
 * @param string $hook The admin page's hook suffix.
 */
function backcheck_settings_assets( $hook ) {
	if ( 'settings_page_backcheck' !== $hook ) {
		return;
	}
	wp_enqueue_style( 'backcheck-settings', BACKCHECK_URL . 'admin/settings.css', array(), BACKCHECK_VERSION );
	// A classic handle printed as type="module" (backcheck_module_tag): works on every version's admin.
	wp_enqueue_script( BACKCHECK_ADMIN_SCRIPT, BACKCHECK_URL . 'admin/settings.js', array(), BACKCHECK_VERSION, true );
}
add_action( 'admin_enqueue_scripts', 'backcheck_settings_assets' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[]
 */
function backcheck_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=backcheck' ) ) . '">' . esc_html__( 'Settings', 'backcheck' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( BACKCHECK_FILE ), 'backcheck_action_links' );
