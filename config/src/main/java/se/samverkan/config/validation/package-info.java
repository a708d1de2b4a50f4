/**
 * The deployment's Bean Validation configuration ({@code META-INF/validation.xml} beside it).
 *
 * <p>It lives in a jar of the EAR's {@code lib/} because WildFly builds the validator that CDI
 * method validation uses (Hibernate Validator's {@code ValidationExtension}) with the EAR's class
 * loader, which cannot see a descriptor in the WAR (WFLY-21093).
 */
package se.samverkan.config.validation;
