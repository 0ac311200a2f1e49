<?php
/**
 * Deleting the plugin removes its settings (the only thing it stores on the server).
 *
 * @package backcheck
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'backcheck_settings' );
delete_site_option( 'backcheck_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $backcheck_site ) {
		delete_blog_option( $backcheck_site, 'backcheck_settings' );
	}
}
