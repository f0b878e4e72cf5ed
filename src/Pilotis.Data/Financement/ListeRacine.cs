namespace Pilotis.Data.Financement;

/// <summary>
/// Les aides qui portent une racine, dans l'ordre de l'index, et le poids du champ le plus fort qui la porte
/// (<see cref="Pilotis.Domain.Financement.PoidsRecherche"/>). Deux tableaux parallèles : la notation les parcourt sans
/// allouer.
/// </summary>
public sealed record ListeRacine(int[] Aides, byte[] Poids);
