import type { Lang } from './reference-data.js';

/**
 * Nationalities of the demo candidates, weighted roughly like the foreign residents registered with
 * employment centres in Piemonte (Romania, Morocco and Albania first). Names are common ones in each country.
 */
export interface Nationality {
  iso: string;
  weight: number;
  eu: boolean;
  /** Languages the person is likely to write their profile in, weighted. */
  summaryLangs: [Lang, number][];
  /** Native or strong languages (ISO 639-1), spoken at C2. */
  nativeLangs: string[];
  maleNames: string[];
  femaleNames: string[];
  familyNames: string[];
  /** Share of women among candidates of this nationality. */
  femaleShare: number;
}

export const nationalities: Nationality[] = [
  { iso: 'RO', weight: 18, eu: true, summaryLangs: [['it', 7], ['en', 3]], nativeLangs: ['ro'], femaleShare: 0.6,
    maleNames: ['Andrei', 'Ionuț', 'Mihai', 'Florin', 'Constantin', 'Gheorghe', 'Marius', 'Adrian'],
    femaleNames: ['Elena', 'Mariana', 'Ioana', 'Daniela', 'Gabriela', 'Florentina', 'Andreea', 'Maria'],
    familyNames: ['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Constantin', 'Moldovan', 'Munteanu', 'Lungu', 'Rusu'] },
  { iso: 'MA', weight: 15, eu: false, summaryLangs: [['ar', 4], ['fr', 3], ['it', 3]], nativeLangs: ['ar', 'fr'], femaleShare: 0.4,
    maleNames: ['Mohamed', 'Youssef', 'Hamza', 'Rachid', 'Abdelaziz', 'Said', 'Mustapha', 'Karim'],
    femaleNames: ['Fatima', 'Khadija', 'Naima', 'Samira', 'Hanane', 'Latifa', 'Meryem', 'Zineb'],
    familyNames: ['El Amrani', 'Benali', 'El Idrissi', 'Bouzid', 'Chakir', 'Alaoui', 'El Fassi', 'Tahiri', 'Ouali', 'Berrada'] },
  { iso: 'AL', weight: 10, eu: false, summaryLangs: [['it', 8], ['en', 2]], nativeLangs: ['sq'], femaleShare: 0.45,
    maleNames: ['Arben', 'Ervin', 'Gentian', 'Klodian', 'Besnik', 'Altin', 'Ilir', 'Dritan'],
    femaleNames: ['Elira', 'Anila', 'Blerina', 'Mirela', 'Ornela', 'Valbona', 'Jonida', 'Eljona'],
    familyNames: ['Hoxha', 'Shehu', 'Dervishi', 'Kola', 'Gjoka', 'Leka', 'Marku', 'Çela', 'Basha', 'Prifti'] },
  { iso: 'NG', weight: 7, eu: false, summaryLangs: [['en', 9], ['it', 1]], nativeLangs: ['en', 'yo'], femaleShare: 0.4,
    maleNames: ['Chinedu', 'Emeka', 'Oluwaseun', 'Ibrahim', 'Godwin', 'Samuel', 'Tunde', 'Peter'],
    femaleNames: ['Blessing', 'Chioma', 'Ngozi', 'Favour', 'Joy', 'Funmilayo', 'Precious', 'Esther'],
    familyNames: ['Okafor', 'Adeyemi', 'Eze', 'Okonkwo', 'Bello', 'Obi', 'Adebayo', 'Nwosu', 'Ogunleye', 'Uche'] },
  { iso: 'SN', weight: 5, eu: false, summaryLangs: [['fr', 8], ['it', 2]], nativeLangs: ['wo', 'fr'], femaleShare: 0.2,
    maleNames: ['Mamadou', 'Cheikh', 'Moussa', 'Ousmane', 'Abdoulaye', 'Ibrahima', 'Modou', 'Pape'],
    femaleNames: ['Aminata', 'Fatou', 'Awa', 'Mariama', 'Ndeye', 'Coumba', 'Khady', 'Aissatou'],
    familyNames: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Gueye', 'Diallo', 'Faye', 'Sarr', 'Mbaye', 'Seck'] },
  { iso: 'UA', weight: 6, eu: false, summaryLangs: [['en', 6], ['it', 4]], nativeLangs: ['uk', 'ru'], femaleShare: 0.8,
    maleNames: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii'],
    femaleNames: ['Olena', 'Natalia', 'Tetiana', 'Iryna', 'Oksana', 'Svitlana', 'Halyna', 'Liudmyla'],
    familyNames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Oliinyk', 'Lysenko', 'Marchenko'] },
  { iso: 'MD', weight: 4, eu: false, summaryLangs: [['it', 6], ['en', 4]], nativeLangs: ['ro', 'ru'], femaleShare: 0.7,
    maleNames: ['Vasile', 'Ion', 'Sergiu', 'Victor', 'Igor', 'Dorin', 'Nicolae', 'Alexandru'],
    femaleNames: ['Ludmila', 'Tatiana', 'Natalia', 'Svetlana', 'Ana', 'Cristina', 'Olga', 'Valentina'],
    familyNames: ['Rotaru', 'Ciobanu', 'Cebotari', 'Turcanu', 'Rusu', 'Moraru', 'Sârbu', 'Bivol', 'Lupu', 'Guțu'] },
  { iso: 'PE', weight: 4, eu: false, summaryLangs: [['es', 8], ['it', 2]], nativeLangs: ['es'], femaleShare: 0.6,
    maleNames: ['José', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Víctor', 'César', 'Julio'],
    femaleNames: ['María', 'Rosa', 'Carmen', 'Lucía', 'Milagros', 'Patricia', 'Gladys', 'Ana'],
    familyNames: ['Quispe', 'Flores', 'Huamán', 'Mendoza', 'Rojas', 'Chávez', 'Vargas', 'Ramírez', 'Torres', 'Castillo'] },
  { iso: 'EC', weight: 2, eu: false, summaryLangs: [['es', 8], ['it', 2]], nativeLangs: ['es'], femaleShare: 0.55,
    maleNames: ['Byron', 'Édison', 'Wilson', 'Segundo', 'Fausto', 'Diego'],
    femaleNames: ['Jessica', 'Mayra', 'Verónica', 'Gabriela', 'Johanna', 'Paola'],
    familyNames: ['Zambrano', 'Guamán', 'Cedeño', 'Andrade', 'Sánchez', 'Moreira', 'Pazmiño', 'Vera'] },
  { iso: 'EG', weight: 3, eu: false, summaryLangs: [['ar', 7], ['en', 2], ['it', 1]], nativeLangs: ['ar'], femaleShare: 0.2,
    maleNames: ['Ahmed', 'Mahmoud', 'Mostafa', 'Amr', 'Tarek', 'Hossam', 'Ayman', 'Walid'],
    femaleNames: ['Mona', 'Heba', 'Nour', 'Yasmin', 'Dina', 'Rania'],
    familyNames: ['Abdelrahman', 'Hassan', 'Farouk', 'Mansour', 'Soliman', 'Gamal', 'Ibrahim', 'Shaker'] },
  { iso: 'TN', weight: 3, eu: false, summaryLangs: [['fr', 4], ['ar', 4], ['it', 2]], nativeLangs: ['ar', 'fr'], femaleShare: 0.3,
    maleNames: ['Mehdi', 'Anis', 'Sami', 'Hichem', 'Nabil', 'Bilel', 'Wassim', 'Slim'],
    femaleNames: ['Amira', 'Sonia', 'Ines', 'Rim', 'Olfa', 'Hela'],
    familyNames: ['Trabelsi', 'Ben Salah', 'Jlassi', 'Gharbi', 'Ben Ali', 'Hammami', 'Mejri', 'Ayari'] },
  { iso: 'PK', weight: 4, eu: false, summaryLangs: [['en', 9], ['it', 1]], nativeLangs: ['ur', 'pa', 'en'], femaleShare: 0.1,
    maleNames: ['Muhammad', 'Ali', 'Usman', 'Bilal', 'Imran', 'Asif', 'Waqas', 'Zeeshan'],
    femaleNames: ['Ayesha', 'Fatima', 'Sana', 'Rabia'],
    familyNames: ['Khan', 'Ahmed', 'Hussain', 'Iqbal', 'Butt', 'Malik', 'Chaudhry', 'Raza'] },
  { iso: 'BD', weight: 3, eu: false, summaryLangs: [['en', 9], ['it', 1]], nativeLangs: ['bn', 'en'], femaleShare: 0.1,
    maleNames: ['Md Rahim', 'Shahidul', 'Rashed', 'Kamrul', 'Mizanur', 'Sohel', 'Jahid', 'Rubel'],
    femaleNames: ['Nasrin', 'Shirin', 'Taslima', 'Rupa'],
    familyNames: ['Hossain', 'Rahman', 'Islam', 'Uddin', 'Akter', 'Miah', 'Sarkar', 'Alam'] },
  { iso: 'IN', weight: 2, eu: false, summaryLangs: [['en', 9], ['it', 1]], nativeLangs: ['pa', 'hi', 'en'], femaleShare: 0.25,
    maleNames: ['Gurpreet', 'Harpreet', 'Manjit', 'Rajesh', 'Sukhwinder', 'Amandeep'],
    femaleNames: ['Manpreet', 'Simran', 'Kamaljeet', 'Priya'],
    familyNames: ['Singh', 'Kaur', 'Sharma', 'Gill', 'Sandhu', 'Kumar'] },
  { iso: 'GM', weight: 3, eu: false, summaryLangs: [['en', 9], ['it', 1]], nativeLangs: ['en', 'wo'], femaleShare: 0.05,
    maleNames: ['Lamin', 'Ebrima', 'Modou', 'Omar', 'Alieu', 'Bakary', 'Musa', 'Sainey'],
    femaleNames: ['Isatou', 'Fatoumata', 'Haddy', 'Mariama'],
    familyNames: ['Jallow', 'Ceesay', 'Touray', 'Jammeh', 'Bah', 'Sanneh', 'Darboe', 'Camara'] },
  { iso: 'ML', weight: 2, eu: false, summaryLangs: [['fr', 9], ['it', 1]], nativeLangs: ['bm', 'fr'], femaleShare: 0.05,
    maleNames: ['Boubacar', 'Seydou', 'Moussa', 'Adama', 'Souleymane', 'Bakary'],
    femaleNames: ['Kadiatou', 'Oumou', 'Rokia', 'Assitan'],
    familyNames: ['Traoré', 'Coulibaly', 'Keïta', 'Diarra', 'Konaté', 'Sangaré', 'Touré', 'Dembélé'] },
  { iso: 'CI', weight: 2, eu: false, summaryLangs: [['fr', 9], ['it', 1]], nativeLangs: ['fr'], femaleShare: 0.3,
    maleNames: ['Kouassi', 'Yao', 'Koffi', 'Serge', 'Didier', 'Arnaud'],
    femaleNames: ['Aya', 'Adjoua', 'Affoué', 'Mariam'],
    familyNames: ['Kouamé', 'Konan', 'Koné', 'Yapi', 'Bamba', 'N\'Guessan', 'Ouattara', 'Kra'] },
  { iso: 'GN', weight: 2, eu: false, summaryLangs: [['fr', 9], ['it', 1]], nativeLangs: ['fr', 'ff'], femaleShare: 0.1,
    maleNames: ['Alpha', 'Mamadou Saliou', 'Thierno', 'Sekou', 'Ibrahima', 'Ousmane'],
    femaleNames: ['Hadja', 'Kadiatou', 'Fanta', 'Aissata'],
    familyNames: ['Barry', 'Bah', 'Diallo', 'Camara', 'Sylla', 'Soumah', 'Condé', 'Baldé'] },
  { iso: 'BR', weight: 1, eu: false, summaryLangs: [['it', 5], ['es', 2], ['en', 3]], nativeLangs: ['pt'], femaleShare: 0.6,
    maleNames: ['Rafael', 'Thiago', 'Lucas', 'Gabriel', 'Felipe'],
    femaleNames: ['Juliana', 'Fernanda', 'Camila', 'Aline', 'Patrícia'],
    familyNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida'] },
  { iso: 'AF', weight: 1, eu: false, summaryLangs: [['en', 8], ['it', 2]], nativeLangs: ['fa', 'ps'], femaleShare: 0.15,
    maleNames: ['Ahmad', 'Mohammad Reza', 'Najibullah', 'Farid', 'Hamid', 'Sultan'],
    femaleNames: ['Zahra', 'Maryam', 'Fereshta', 'Shabnam'],
    familyNames: ['Ahmadi', 'Hakimi', 'Rahimi', 'Karimi', 'Popal', 'Noori', 'Sadat'] },
  { iso: 'SY', weight: 1, eu: false, summaryLangs: [['ar', 7], ['en', 3]], nativeLangs: ['ar'], femaleShare: 0.35,
    maleNames: ['Omar', 'Khaled', 'Ammar', 'Bassel', 'Firas', 'Hussam'],
    femaleNames: ['Lina', 'Rasha', 'Hala', 'Ghada'],
    familyNames: ['Al-Khatib', 'Haddad', 'Al-Hamwi', 'Darwish', 'Kassab', 'Najjar'] },
  { iso: 'IT', weight: 4, eu: true, summaryLangs: [['it', 10]], nativeLangs: ['it'], femaleShare: 0.5,
    maleNames: ['Marco', 'Luca', 'Giuseppe', 'Francesco', 'Davide', 'Stefano', 'Andrea', 'Matteo'],
    femaleNames: ['Giulia', 'Francesca', 'Sara', 'Chiara', 'Valentina', 'Federica', 'Elisa', 'Silvia'],
    familyNames: ['Rossi', 'Ferrero', 'Bianchi', 'Gallo', 'Bruno', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Costa'] },
];
