/** Demo data for a new installation: providers of every discipline, rooms, patients and one account per role. */
package com.dorsum.demo;
