/** Sign-in for people (login form, session) and for programs (HTTP Basic on the REST API). */
package com.dorsum.web.security;
