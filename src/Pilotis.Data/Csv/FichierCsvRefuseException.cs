namespace Pilotis.Data.Csv;

/// <summary>
/// Le fichier entier est refusé (encodage, fichier binaire, séparateur, en-tête mal formé, guillemet jamais fermé sur
/// plus de <see cref="LectureCsv.TailleMaximaleEnregistrement"/> octets) : l'import ne rapporte que cette erreur et
/// n'écrit rien. Une exception plutôt qu'un drapeau à relire : un import qui oublierait de la traiter échoue
/// bruyamment au lieu d'écrire les lignes lues avant le défaut.
/// </summary>
/// <param name="erreur">La ligne en cause (1 = en-tête) et le message, tels que la page et la ligne de commande les
/// affichent.</param>
public sealed class FichierCsvRefuseException(ErreurLigne erreur)
    : Exception($"Ligne {erreur.Ligne} : {erreur.Message}")
{
    public ErreurLigne Erreur { get; } = erreur;
}
