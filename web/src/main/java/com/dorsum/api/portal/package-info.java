/** The signed-in patient's own data ({@code /me/...}): plan, visits and their calendar, pain diary. */
package com.dorsum.api.portal;
