/**
 * The accounts of a training run: the runner's own service account and one per trainee, kept in the
 * training users file that every module of a training instance reads beside its own users file.
 */
package org.asylon.training.account;
