/** REST resources for patients and providers. */
package com.dorsum.api.people;
