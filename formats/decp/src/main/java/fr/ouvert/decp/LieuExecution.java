package fr.ouvert.decp;

/**
 * Where a contract is carried out.
 *
 * @param code a postal code or an INSEE code
 * @param typeCode {@code Code postal}, {@code Code commune}, {@code Code arrondissement}, {@code Code canton},
 *        {@code Code département}, {@code Code région} or {@code Code pays}, normalised
 * @param nom the place's name, published by the 2019 format only
 */
public record LieuExecution(String code, String typeCode, String nom) {
}
