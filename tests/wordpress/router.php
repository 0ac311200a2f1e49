<?php
/**
 * Router for PHP's built-in server (tests only): files as they are, the .wasm
 * as application/wasm (what the plugin's widget/.htaccess does on Apache),
 * everything else through WordPress's index.php.
 *
 * @package backcheck
 */

$backcheck_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$backcheck_file = realpath( $_SERVER['DOCUMENT_ROOT'] . $backcheck_path );
if ( false !== $backcheck_file && 0 === strpos( $backcheck_file, realpath( $_SERVER['DOCUMENT_ROOT'] ) ) ) {
	if ( is_file( $backcheck_file ) && '.wasm' === substr( $backcheck_file, -5 ) ) {
		header( 'Content-Type: application/wasm' );
		header( 'Content-Length: ' . filesize( $backcheck_file ) );
		readfile( $backcheck_file );
		return true;
	}
	if ( is_file( $backcheck_file ) || is_file( $backcheck_file . '/index.php' ) ) {
		return false;
	}
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
