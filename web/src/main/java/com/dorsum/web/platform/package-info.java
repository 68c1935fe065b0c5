/** Health, the not-ready guard and other concerns of the web module as a whole. */
package com.dorsum.web.platform;
