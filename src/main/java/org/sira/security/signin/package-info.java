/**
 * How a person proves who they are: failed sign-ins counted per client address and account name,
 * a budget of password checks per client address, and the second factor (TOTP) of the pages.
 */
package org.sira.security.signin;
