// The block's editor UI without a build step: plain wp.* globals. The block is
// rendered on the server (includes/render.php); the editor shows a card and,
// in the sidebar, the fields that override the site's settings for this block.
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, TextareaControl, SelectControl } = wp.components;
	const { __ } = wp.i18n;

	const onOff = [
		{ label: __( 'Site setting', 'backcheck' ), value: '' },
		{ label: __( 'On', 'backcheck' ), value: 'on' },
		{ label: __( 'Off', 'backcheck' ), value: 'off' },
	];
	const text = ( name, label, props, help ) =>
		el( TextControl, {
			label,
			help,
			value: props.attributes[ name ],
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	const select = ( name, label, options, props ) =>
		el( SelectControl, {
			label,
			options,
			value: props.attributes[ name ],
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );

	registerBlockType( 'backcheck/self-check', {
		edit( props ) {
			const a = props.attributes;
			const blank = __( 'Empty = the site setting (Settings → Back Check).', 'backcheck' );
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Clinic (this block only)', 'backcheck' ) },
						text( 'clinicName', __( 'Clinic name', 'backcheck' ), props, blank ),
						text( 'clinicPhone', __( 'Phone', 'backcheck' ), props ),
						text( 'clinicEmail', __( 'E-mail', 'backcheck' ), props ),
						text( 'bookingUrl', __( 'Booking page (https)', 'backcheck' ), props ),
						text( 'logo', __( 'Logo (https)', 'backcheck' ), props ),
						text( 'accent', __( 'Accent colour (#rrggbb)', 'backcheck' ), props ),
						select( 'locale', __( 'Language', 'backcheck' ), [
							{ label: __( 'Site setting', 'backcheck' ), value: '' },
							{ label: 'English', value: 'en' },
							{ label: 'Español', value: 'es' },
						], props ),
						text( 'state', __( 'State (two letters)', 'backcheck' ), props ),
						el( TextareaControl, {
							label: __( 'Direct-access sentence', 'backcheck' ),
							value: a.directAccessNote,
							onChange: ( value ) => props.setAttributes( { directAccessNote: value } ),
						} )
					),
					el(
						PanelBody,
						{ title: __( 'Contact requests and analytics', 'backcheck' ), initialOpen: false },
						select( 'leadMode', __( 'Contact requests', 'backcheck' ), [
							{ label: __( 'Site setting', 'backcheck' ), value: '' },
							{ label: __( 'E-mail only (mailto)', 'backcheck' ), value: 'mailto' },
							{ label: __( 'Send to the inbox URL', 'backcheck' ), value: 'endpoint' },
						], props ),
						text( 'leadEndpoint', __( 'Inbox URL (https)', 'backcheck' ), props ),
						select( 'analytics', __( 'Analytics events', 'backcheck' ), onOff, props ),
						select( 'analyticsLevels', __( 'Triage level in analytics', 'backcheck' ), onOff, props ),
						select( 'includeAnswers', __( 'Include answers in contact requests', 'backcheck' ), onOff, props )
					)
				),
				el(
					'div',
					useBlockProps( { className: 'backcheck-editor-card' } ),
					el( 'strong', null, __( 'Back pain self-check', 'backcheck' ) ),
					el(
						'p',
						null,
						a.clinicName
							? a.clinicName
							: __( 'Clinic details from Settings → Back Check.', 'backcheck' )
					),
					el( 'p', null, __( 'The check appears on the published page (use Preview).', 'backcheck' ) )
				)
			);
		},
		save: () => null,
	} );
} )( window.wp );
