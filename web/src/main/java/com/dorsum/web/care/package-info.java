/** The patient page's Care team tab, the break-glass panel, and ADMIN's emergency access review (R19, R20). */
package com.dorsum.web.care;
