/** REST resources for accounts: opening portal accounts, activating them with the one-time code, unlocking. */
package com.dorsum.api.security;
