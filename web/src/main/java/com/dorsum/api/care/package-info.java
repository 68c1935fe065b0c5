/** The REST doors to care teams and break-glass access (R19, R20; API.md "Care, audit and privacy"). */
package com.dorsum.api.care;
