namespace Pilotis.Domain.Commun;

/// <summary>
/// Une ligne refusée d'un fichier importé : son numéro (en-tête = ligne 1, comme le tableur l'affiche) et la raison.
/// Un import vérifie tout le fichier et rend toutes ses erreurs avant d'écrire quoi que ce soit.
/// </summary>
public sealed record ErreurLigne(int Ligne, string Message);
