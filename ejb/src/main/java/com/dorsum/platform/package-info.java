/** What every capability stands on: schema migration, time, identity of entities, paging and domain errors. */
package com.dorsum.platform;
