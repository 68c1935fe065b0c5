/** Screens for clinicians reading pain diaries: the overview of patients in care and a patient's Diary tab. */
package com.dorsum.web.diary;
