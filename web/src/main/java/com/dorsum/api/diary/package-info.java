/** REST resources for the pain diary as clinicians read it. */
package com.dorsum.api.diary;
