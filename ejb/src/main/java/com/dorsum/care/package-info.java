/** Access that follows care: each patient's care team (R19), break-glass access from outside it (R20), and what each role may see of clinical content (R21). */
package com.dorsum.care;
