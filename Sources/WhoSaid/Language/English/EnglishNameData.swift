/// Lexicons for recognising English-language speaker mentions.
/// `maleFirstNames` / `femaleFirstNames`: whitespace-separated given names.
/// `titles`: `Title|gender|kind` lines (gender `m`, `f` or `-`; kind `person`).
/// `speakerNouns`: `noun|kind|number` lines for lowercase head nouns (kind `organization`, `person` or `group`; number `s` or `p`).
/// Lines starting with `#` are comments.
package enum EnglishNameData {
    package static let maleFirstNames = """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
    Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
    Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin
    Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
    Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean
    Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie
    Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Phillip Louis Harry
    Bill Bob Jim Jimmy Tom Tommy Mike Dave Steve Chris Matt Tony Rick Ricky Dan Danny Ben Sam Nick Tim
    Jon Ted Ed Eddie Rob Greg Jeff Pete Phil Doug Don Ron Joey Chuck Hank Andy Alex Max Leo Oliver
    Charlie Jake Luke Liam Owen Isaac Caleb Hunter Connor Evan Ian Cole Colin Neil Graham Hugh Rupert
    Nigel Gordon Malcolm Stuart Duncan Angus Alistair Boris Keir Rishi Gavin Ross Craig Barry Trevor
    Clive Geoffrey Martin Simon Dominic Oscar Theo Freddie Archie Alfie Rory Declan Niall Seamus Brendan
    Ciaran Enda Micheal Barack Mitch Marco Rand Newt Hakeem Bernie Mitt Al Dick Rex Antony Lloyd Jens
    Olaf Friedrich Markus Karl Heinz Hans Wolfgang Helmut Gerhard Cem Jürgen Horst Günter Dieter Klaus
    Uwe Stefan Matthias Sebastian Florian Tobias Lukas Felix Emmanuel Jean Pierre Jacques François
    Nicolas Édouard Michel Philippe Alain Bruno Gérald Laurent Olivier Thierry Didier Luc Marc Yves
    Xavier Sergei Sergey Vladimir Dmitry Dmitri Alexei Alexey Mikhail Ivan Nikolai Andrei Yevgeny Viktor
    Volodymyr Petro Oleksandr Dmytro Vitali Vitaly Arseniy Denys Yuri Yury Ramzan Nikol Ilham Serzh
    Levon Armen Ruben Tigran Ali Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Mahmoud Hassan Hussein
    Hosni Abdel Abdullah Abdul Omar Khalid Khaled Salman Faisal Tamim Hamad Recep Tayyip Mevlüt Hakan
    Kemal Bashar Hafez Ebrahim Javad Hossein Masoud Yair Naftali Yitzhak Ehud Ariel Shimon Benny Gideon
    Avigdor Itamar Bezalel Yasser Ismail Yahya Naim Nabih Najib Saad Rafik Walid Narendra Rahul Manmohan
    Amit Rajnath Shehbaz Imran Nawaz Asif Xi Li Wang Qin Deng Zhou Shinzo Fumio Yoshihide Shigeru Taro
    Yoon Kim Lee Pedro Pablo Santiago Mariano Luis Carlos Javier Miguel Fernando Jorge Alberto Andrés
    Manuel Jair Luiz Gustavo Nicolás Hugo Alejandro Enrique Felipe Sebastián Mauricio Evo Rafael Ricardo
    Francisco Antonio Giuseppe Giorgio Mario Matteo Silvio Sergio Enrico Paolo Roberto Luigi Giovanni
    Alessandro Andrzej Mateusz Jarosław Aleksander Milorad Aleksandar Edi Kyriakos Alexis Nikos Andreas
    Konstantinos Ulf Magnus Jonas Sauli Gitanas Egils Petr Andrej Zoran Milo Ilir Hashim Albin Igor
    Rumen Kiril Traian Nicușor Marcel Cyril Thabo Nelson Uhuru Yoweri Abiy Bola Muhammadu Goodluck
    Olusegun Nana Macky Bassirou Alassane Denis Félix Emmerson Hakainde Salva Riek Kais Moncef
    Abdelmadjid Hamid Ashraf Zalmai Ayman Osama Emile Anwar Mahathir Joko Prabowo Ferdinand Rodrigo
    Manet Jean-Luc Jean-Claude Jean-Yves Jean-Marie Jean-Pierre Frank-Walter Hans-Georg Karl-Heinz Josep
    António Marcelo Luís Péter Zsolt Ramón Mariusz Janusz Tadeusz Václav Miloš Ivo Lars Erik Anders
    Per Henrik Mads Rasmus Jukka Mikko Antti Geert Rutger Wopke Elon Warren Sundar Satya Jensen Lachlan
    Winston Bongbong Ahmet Sinan Reza Mojtaba Ruhollah Hamza Bilal Tariq Zaid Yusuf Youssef Karim Samir
    Nabil Fouad Habib Hichem Mustafa Murat Mehmet Emre Burak Ozan Dario Fabio Lorenzo Massimo Stefano
    Gianni Vittorio Maurizio Raúl Diego Ernesto Gonzalo Ignacio Joaquín Cristian Esteban Tomás Álvaro
    Oriol Carles Arnaud Benoît Bertrand Damien Éric Fabien Guillaume Hervé Jérôme Julien Mathieu Maxime
    Raphaël Rémi Stéphane Sylvain Yannick Armin Joachim Ole Sven Torsten Ralf Holger Björn Kai Moritz
    Leon Elias Bilawal
    Abe Abraham Adrian Aidan Aiden Alec Alfred Allan Allen Alvin Ambrose Amos Andre Angelo Anton
    Archibald Arnold Arne Arturo Ashton Axel Barney Bart Basil Bernard Bert Blake Bo Boyd
    Brad Brady Brent Brett Brock Bryce Byron Calvin Cameron Casey Cecil Cedric Chad
    Clarence Clark Claude Clayton Clifford Clint Clyde Cody Colm
    Conor Conrad Corey Cory Curt Curtis Damian Damon Dane Darius Darnell Darren Darryl
    Dashiell Delbert Derek Derrick Desmond Devin Devon Dev Dewey Dexter Dirk Dolph Dominick Donnie
    Dougie Drew Duane Dustin Dwayne Dwight Earl Eddy Edgar Edmund Edwin Eli Elliot Elliott Elmer Emil
    Emmett Ernest Ernie Errol Everett Ezra Fergus Finn Floyd Francis Franklin
    Fred Freddy Frederick Gareth Garrett Gene Geoff Gerard Gerry Gilbert Glenn Godfrey Gordie
    Grady Gregor Gus Hal Hamish Harlan Harvey Hector Herbert Herman Horace
    Howard Hubert Humphrey Iain Ike Ira Irving Isaiah Ivor Jamal Jared Jarvis Jasper Javon Jay Jed
    Jerome Jock Joel Johnny Jonah Jude Jules Julian Julius Kareem Keegan Ken Kenny
    Kermit Kieran Kirk Kurt Lance Lenny Leonard Leroy Les Lester Levi Lionel
    Lonnie Lorne Lou Lucas Lyle Malik Marcus Marlon Marty Marv Marvin Maurice Mel
    Melvin Merle Micah Mitchell Monty Morris Myron Nathaniel Ned Neville Nolan Norm
    Norman Odell Orlando Orville Oswald Otis Otto Percy Perry Pierce Quentin Quincy
    Randall Ray Reggie Reginald Rene Reuben Rhys Rodney Roland Rolf Ronnie Roscoe Rowan Rudy
    Rufus Russ Sal Sammy Saul Seth Shane Shaun Shawn Sheldon Sid Sidney Silas Solomon
    Stan Stu Sylvester Tad Terence Terrence Thaddeus Theodore Thor Toby Todd
    Travis Trent Trey Tristan Troy Tyrone Ulysses Vance Vaughn Vern Vernon Vic Victor Virgil
    Waldo Wallace Walt Wendell Wesley Wilbur Wilfred Willard Wyatt Zach Zack Zane Zeke
    Aled Alun Bryn Cai Dafydd Dai Emrys Gethin Gwilym Huw Iestyn Ieuan Ifan Iwan Llew Rhodri Aodh
    Cathal Donal Donnacha Eamon Eamonn Fiachra Lorcan Oisin Padraig Ronan Ruairi Seán Tadhg Cillian
    Eoin Diarmuid Fionn Fergal Darragh Cormac Conall Dermot Ajay Akash Amar Anand Anil Arjun Arun Ashok
    Deepak Dinesh Gaurav Harish Jagdish Karan Krishna Kumar Manish Manoj Mohan Mukesh Naveen Nikhil
    Nitin Pankaj Pradeep Prakash Rajesh Rakesh Ramesh Ravi Rohit Sachin Sanjay Santosh Sandeep Sanjeev
    Siddharth Sunil Suresh Vijay Vikram Vinod Vivek Yogesh Arvind Piyush Jaishankar Hardeep Jagmeet
    Navdeep Gurpreet Harjit Hiroshi Kenji Takeshi Haruki Hideki Hiroki Kazuo Koji Makoto Masahiro Naoki
    Ryo Satoshi Shinji Shota Takashi Tetsuya Yuki Yusuke Akira Daisuke Ichiro Kenta Kota Sho Toshiro
    Yoshiro Jun Min-jun Seo-jun Ji-ho Joon Jae-in Sung Hyun Dong-hyun Kwang Chang Wei Ming Jian Hao Lei
    Feng Tao Yong Qiang Gang Hui Yi Adebayo Chidi Chinedu Emeka Femi Kofi Kwame Kwabena Oluwaseun Segun
    Tunde Obinna Jomo Kipchoge Tendai Themba Sipho Musa Bongani Jabulani Kagiso Lerato Yaw Kojo Ade
    Babajide Abdi Abdirahman Amir Anas Ayoub Bassam Faris Fadi Ghassan Hadi Hamdi Hani Issa Jihad Kamal
    Majid Marwan Mazen Nasser Nizar Rami Riad Saeed Salah Sami Tarek Wael Waleed Yasin Ziad Andres
    Benito Cesar Emilio Fausto Hernan Humberto Jesus Julio Leonardo Marcos Mateo Octavio Ramiro Rodolfo
    Salvador Tomas Vicente Pavel Jiri Vojtech Marek Piotr Pawel Krzysztof Tomasz Grzegorz Wojciech
    Dmitrii Oleg Roman Anatoly Gennady Konstantin Leonid Maxim Pyotr Stanislav Timur Vadim Vasily
    Vyacheslav Yaroslav Taras Bohdan Mykola Serhiy Vasyl Andriy Oleksiy Ruslan Rustam Arvid Bjorn Einar
    Erling Gunnar Halvard Ingvar Jarle Knut Leif Nils Sigurd Stig Terje Torbjorn Trond
    Johan Mattias Pekka Timo Juha Matti Jussi Ville Hendrik Jeroen Joost Maarten Pieter Sander Thijs
    Wouter Bram Niels Koen
    """

    package static let femaleFirstNames = """
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
    Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
    Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
    Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie
    Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha
    Jacqueline Frances Gloria Ann Anne Teresa Kathryn Sara Janice Alice Madison Doris Abigail Julia Judy
    Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
    Charlotte Rose Kayla Ava Mia Harper Ella Chloe Zoe Lily Lucy Ellie Amelia Isla Poppy Freya Sophie
    Holly Molly Daisy Phoebe Imogen Harriet Eleanor Florence Matilda Rosie Esther Naomi Leah Miriam
    Tamar Golda Tzipi Ayelet Hillary Kamala Condoleezza Madeleine Nikki Marjorie Alexandria Ilhan
    Rashida Ayanna Elise Liz Kyrsten Tammy Kirsten Patty Maxine Debbie Tulsi Gretchen Kathy Kristi Jill
    Melania Ivanka Karine Jen Dana Kristen Priti Suella Penny Kemi Yvette Nicola Arlene Annalena Ursula
    Kaja Mette Sanna Magdalena Jacinda Giorgia Marine Ségolène Élisabeth Valérie Rachida Nathalie Sylvie
    Brigitte Christiane Isabelle Hélène Aurore Agnès Marion Mathilde Camille Léa Manon Chloé Inès Claire
    Cécile Françoise Monique Martine Nadine Véronique Delphine Saskia Svenja Franziska Manuela Katarina
    Katrin Petra Sabine Claudia Birgit Heike Susanne Anja Lena Hanna Leonie Johanna Ricarda Sahra Malu
    Yulia Yuliya Iryna Olena Natalia Natalya Svetlana Tatiana Tatyana Valentina Olga Irina Elena
    Ekaterina Yekaterina Anastasia Marina Lyudmila Ludmila Galina Zarina Ksenia Xenia Maia Salome Lilit
    Mariam Gohar Zara Ayesha Aisha Fatima Leila Layla Zainab Maryam Amina Nadia Yasmin Samira Rania
    Hanan Huda Noura Malala Benazir Indira Sonia Priyanka Nirmala Sushma Smriti Mamata Mayawati Hasina
    Khaleda Yingluck Paetongtarn Yuko Yoko Sanae Kyoko Megawati Corazon Imelda Leni Dilma Cristina
    Xiomara Gabriela Luisa Carmen Isabel Ana Lucia Lucía Sofia Sofía Valeria Camila Daniela Paula Marta
    Beatriz Rosa Pilar Dolores Esperanza Yolanda Josefina Francesca Giulia Chiara Alessandra Elly Paola
    Federica Ellen Samia Ngozi Nkosazana Winnie Graça Wangari Sahle-Work Jane Jenny Jennie Kate Katie
    Becky Beth Meg Maggie Peggy Sally Sue Suzanne Susie Wendy Tracy Tracey Stacy Stacey Kristin Kristina
    Erin Erica Erika Jamie Tiffany Crystal Monica Veronica Vanessa Rita Gina Tina Dawn Joanne Jo Lynn
    Lynne Gail Paige Hailey Haley Brooke Morgan Taylor Madeline Audrey Clara Eva Ruby Stella Violet
    Hazel Aurora Nora Scarlett Penelope Aria Riley Maya Lillian Addison Natasha Tanya Sonya Vera Nina
    Alina Oksana Kateryna Viktoriya Daria Darya Polina Alla Inna Eliza Agnieszka Katarzyna Małgorzata
    Beata Ewa Joanna Zuzana Věra Jana Ivana Milica Dubravka Kolinda Dalia Ingrida Kersti Evika Vaira
    Tarja Erna Ingrid Astrid Karin Birgitta Ebba Sigrid Frida Helle Pia Lone Birthe Anneke Femke
    Margrethe Beatrix Máxima Letizia Camilla Meghan Roberta Marianne Simone Gisèle Jeanne Louise
    Juliette Pauline Clémence Amélie Laetitia Emmanuelle Ophélie Yael Shira Noa Michal Orit Hadas Hanin
    Reem Dina Lina Rima Sana Hiba Rasha Nour Amal Laila Soraya Shirin Farah Parisa Narges Mahsa Masih
    Azadeh Golnar Mehwish Ayşe Elif Zeynep Emine Meral Tansu Gül Akiko Aiko Mariko Haruka Yumi Keiko Mei
    Ling Ji-won Jin Thuy Linh Ngoc Siti Nurul Dewi Maria-Elena Wilma Kristalina Folake Funmilayo
    Chimamanda Wanjiru Njeri Achieng Zodwa Thandi Lindiwe Nomvula Naledi Priscilla Abena Ama Akosua
    Adjoa Fatou Aminata Mariama Awa Khadija Hawa Halima Zahra Nasrin Shabnam Roya Pooja Priya Anjali
    Sunita Anita Kavita Neha Deepika Aishwarya Shreya Lakshmi Radhika Meera Greta Carola Margot Hedwig
    Ilse Gerda Ute Gabi Gabriele Renate Monika Marlene Hildegard
    Abby Ada Adele Adeline Adrienne Agatha Agnes Aileen Aisling Alana Alexa Alicia Alison Allison Alma
    Althea Alyssa Amara Amelie Angelica Angie Annabel Annabelle Annette Annie Audra Bea Beatrice
    Belinda Bella Bernadette Bernice Bertha Bethany Betsy Beverley Bianca Billie Blanche Bonnie
    Bridget Bridgette Brianna Bridie Caitlin Callie Candace Cara Carla Carly Carmel Carole Caroline
    Carrie Cassandra Cassie Cathy Cecilia Celeste Celia Charlene Chrissy Christy Ciara
    Cindy Claudette Clementine Colleen Connie Cora Corinne Courtney Daphne Darcy Darlene
    Davina Deanna Debora Delia Della Delores Dena Desiree Dianne Dionne Dixie Dominique Dora Doreen
    Edith Edna Effie Eileen Elaine Eloise Elsa Elsie Elspeth Eluned Emilia Enid Erma Estelle Ethel
    Eugenie Eunice Eve Evie Felicity Fiona Flora Fran Francine Frankie Freda Gabrielle
    Gaynor Gemma Georgina Geraldine Gertrude Gillian Ginny Gladys Glenda Glenys Glynis
    Gretel Gwen Gwendolyn Gwyneth Halla Hattie Heidi Helga Henrietta Hermione Hilary Hilda Ida Ines
    Iona Irene Isobel Jackie Jacqui Jade Janelle Janine Jasmine Jeanette Jenna Jess Jessie
    Jillian Jodie Jody Josephine Josie Juanita Judi Julianne Juliet Justine Kara Karla
    Kayleigh Keira Kelsey Kimberley Kira Kirsty Kristy Lacey Lana Laurie Laverne Leanne Leigh Lesley
    Leticia Libby Lila Lilly Linnea Lois Lola Lorena Loretta Lori Lorna Lorraine Louisa Lucille Lucinda
    Lydia Lynda Mabel Mackenzie Madge Maeve Mairead Mairi Mamie Mandy Marcia Marcy Margo
    Marguerite Mariah Maribel Marisa Marissa Marla Marsha Maud Maude Maureen Mavis Melanie Melinda
    Meredith Michaela Mildred Millie Mindy Minnie Miranda Moira Mona Morag Muriel Myra Myrtle
    Nell Nellie Niamh Noelle Noreen Norma Octavia Odette Olive Oona Orla Pam Patsy Philippa
    Phyllis Pippa Polly Queenie Rachael Ramona Rebekah Renee Rhian Rhiannon Rhoda
    Rhonda Robyn Rochelle Rosalind Rosalie Rosemary Rowena Roxanne Ruthie Sadie Sabrina Saoirse
    Selena Selma Serena Shannon Sheila Shelley Sheryl Shona Sian Sienna Sinead Siobhan Sonja Susanna
    Susannah Suzy Sybil Sylvia Tabitha Tamara Tamsin Tania Tara Tasha Tess Tessa Thelma Thea Tilly Toni
    Tonya Trudy Valerie Vicky Viola Vivian Vivienne Wanda Winifred Yasmine Yvonne Zelda Zoey
    Zuzanna Aoife Caoimhe Clodagh Deirdre Eimear Grainne Orlaith Roisin Sadhbh Una Aine Fionnuala Nuala
    Bronwen Cerys Ffion Gwenllian Lowri Nia Seren Carys Angharad Sioned Eirlys Catrin Aarti Deepa Divya
    Geeta Meena Preeti Radha Rekha Ritu Sangeeta Seema Sita Usha Vandana Asha Chitra Jyoti Nisha
    Pallavi Ayumi Emi Hana Kumiko Megumi Miki Noriko Reiko Sakura Tomoko Ji-woo Seo-yeon Min-ji
    Soo-jin Eun-ji Hye-jin Xiu Yan Fang Jing Adaeze Adwoa Chiamaka Chioma Efua Ifeoma Nkechi
    Nneka Thandiwe Zanele Busisiwe Wambui Aaliyah Ghada Hala Jamila Lubna Maha Manal Rana Rim Salma
    Soha Suha Yara Zeina Hadeel Adriana Alba Catalina Consuelo Guadalupe Inmaculada Lourdes Luz
    Montserrat Nuria Rocio Soledad Ximena Dagny Freja Gudrun Hedda Ingeborg Liv Maja Randi Signe
    Solveig Tove Tuva Katja Annika Anneli Elina Kaisa Minna Riikka Satu Tiina Aino Eeva Anouk Lotte
    Marloes Mirjam Noor Sanne Annemiek
    """
}
