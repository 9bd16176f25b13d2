/** The appeal and the appeal body's decision; the appeal reasons are RSD content. */
package org.asylon.rsd.appeal.entity;
