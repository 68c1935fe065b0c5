/** REST resources for portal accounts: opening them and activating them with the one-time code. */
package com.dorsum.api.security;
