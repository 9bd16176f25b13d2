/**
 * HTTP conventions every module shares: request ids, access logs, idempotent creation, ETags and
 * query parameters.
 */
package org.asylon.kernel.http;
