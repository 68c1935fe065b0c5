/** Screens for patients, providers and rooms. */
package com.dorsum.web.people;
