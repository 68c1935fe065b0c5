/** Patients, providers (clinicians by discipline, with their weekly working hours) and rooms. */
package com.dorsum.people;
