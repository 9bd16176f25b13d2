/**
 * Travel documents, return operations with their escorts, monitors and fitness findings, the
 * monitors' observations and the post-return reports.
 */
package org.asylon.returns.operation.entity;
