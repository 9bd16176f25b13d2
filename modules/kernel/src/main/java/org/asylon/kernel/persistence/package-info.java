/** Persistence shared by every module: versioned schema migrations and database start-up. */
package org.asylon.kernel.persistence;
