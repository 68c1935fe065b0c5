/** The REST API (v1, ../shared/API.md): JAX-RS resources in front of the domain services, problem details. */
package com.dorsum.api;
