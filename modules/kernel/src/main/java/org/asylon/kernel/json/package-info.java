/**
 * JSON processing and binding obtained once for the whole suite: builders, readers and the strict
 * binding (no lenient booleans, no unknown fields) that every module's API uses.
 */
package org.asylon.kernel.json;
