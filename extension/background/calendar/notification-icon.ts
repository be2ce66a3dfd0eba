// The reminder's icon: Chrome refuses a notification without one, and the extension ships no image
// files yet. A 64×64 PNG (a white camera on the Marianne blue, drawn by a script, 267 bytes), inline.
export const NOTIFICATION_ICON_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA0klEQVR42u3buw6DMAwFUP5/44vbjaVqlYdRsX0iZcxwjyAv8HFMt/P17B7enh74NpDswbcgqoWfQqgafgihevifCF3Cf0VoDdAt/AcCAACNAbqGvxAAAAAAAAAAAIP9H20l2Pi4YgDz4woBrI0rArAOVwBg78lJDrD/6iQGiJk7kgLETZ4JAWJXj2QA8ctnEoD79g8AAAAAYBWwD7ATdBZwGnQf4EbInaBbYd8FfBkCAAAAAAD+FfSnKAAAagZUjKgbUjmmdlD1aNfwiqfblM+/AWcVkakHLRLiAAAAAElFTkSuQmCC';
