namespace Pilotis.Domain.Commun;

/// <summary>
/// Une saisie refusée : le nom du champ (tel que le formulaire ou l'API JSON l'écrit) et le message en français
/// montré à l'utilisateur. Toutes les validations (formulaires, API, imports ligne à ligne) rendent une liste de ces
/// erreurs, pour que la page ou le problème RFC 9457 les place sous leur champ sans correspondance à écrire.
/// </summary>
public sealed record ErreurChamp(string Champ, string Message);
