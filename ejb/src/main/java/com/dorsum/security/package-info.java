/** Accounts, roles, password hashing and the signed-in user; who may see which patient. */
package com.dorsum.security;
