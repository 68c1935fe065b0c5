/** The patient portal's screens. */
package com.dorsum.web.portal;
