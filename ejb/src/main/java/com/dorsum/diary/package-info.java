/** The pain diary (R18): the patient's entries, their validation, the trend and its flags, chart and export. */
package com.dorsum.diary;
