/** The REST API's OpenAPI description: what Payara's scan of the resources misses, filled in from their Java types. */
package com.dorsum.api.openapi;
